"""Documents: reading reports and directives into the database, who they come from and
which periods have been received."""
