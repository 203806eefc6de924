package main

// exportCmd is wired to internal/export by the export issue.
func exportCmd(args []string) int {
	return fail(2, "export is not available yet")
}
