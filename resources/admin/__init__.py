"""Admin screens for the resource library: the review report and the dashboard panel."""
