"""The reader's modal screens: help and export."""
