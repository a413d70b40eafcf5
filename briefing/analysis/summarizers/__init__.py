"""Summarizers of our own, written against sumy's ``AbstractSummarizer`` interface."""
