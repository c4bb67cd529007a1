"""Evaluation helpers: score coded events against hand-coded expectations."""
