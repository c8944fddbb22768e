"""Admin hooks for this area (filled in with the feature)."""
