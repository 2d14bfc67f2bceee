"""Security: accounts, lockout and sessions; what leaves the system (exports, the page)
and what a damaged or foreign database does (issue #12)."""
