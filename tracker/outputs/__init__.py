"""Follow-up lists and letters as files an office sends: the list as xlsx, csv and json
(tables), the list and the urging letter as Word .docx (word)."""
