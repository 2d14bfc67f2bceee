"""Use cases over extracted reports: the command line today; ingest, link, status next."""
