"""Flask pages over the stored results (the browser view comes with its own issue)."""
