"""Follow-up: which later items speak to a task (link), what that makes its status
(status), the calibrated scorer (model) and relinking when reports come in (update)."""
