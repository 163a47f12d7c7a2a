"""Directives that declare claims, sources and articles, and place reports."""
