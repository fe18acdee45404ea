"""The checklist domain: content model, loader, answer values, visibility, progress. No Qt, no SQL."""
