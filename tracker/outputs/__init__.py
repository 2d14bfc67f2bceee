"""Follow-up lists and letters as files an office sends: Word (.docx) here; the list as
xlsx, csv and json in tracker.export."""
