"""The reader's panes."""
