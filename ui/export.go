package ui

// exportDialog is filled in by the export issue.
func (p *presenter) exportDialog() {}
