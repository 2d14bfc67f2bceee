"""Bring links and statuses up to date for one agency (the database side of link/status)."""

from datetime import date

from sqlmodel import Session, col, delete, select

from models import CommitmentStatus, Item, Link, Report, utcnow
from tracker import link as linking
from tracker.status import Evidence, decide


def _order(report: Report) -> tuple:
    return (report.period_start or report.issued or date.min, report.issued or date.min,
            report.id)


def entries_for(session: Session, agency_id: int) -> tuple[list[linking.Entry], dict[int, Report]]:
    """The agency's active items as linking entries, and its reports by id."""
    reports = {r.id: r for r in session.exec(select(Report).where(Report.agency_id == agency_id))}
    items = session.exec(select(Item).where(col(Item.report_id).in_(list(reports)),
                                            Item.active == True)).all()  # noqa: E712
    entries = []
    for item in items:
        report = reports[item.report_id]
        promised = item.kind == "commitment"
        clauses = tuple(linking.Clause(s, e, cue, report.text[s:e]) for s, e, cue in item.clauses)
        entries.append(linking.Entry(
            id=item.id, report_id=report.id, agency_id=agency_id, kind=item.kind, text=item.text,
            words=tuple(item.words), field=item.field, cue=item.cue,
            entities=tuple((e["label"], e["text"]) for e in item.entities), clauses=clauses,
            period_start=report.next_start if promised else report.period_start,
            period_end=report.next_end if promised else report.period_end,
            report_start=report.period_start, report_end=report.period_end,
            order=_order(report)))
    return entries, reports


def relink(session: Session, agency_id: int, *, upto_report: int | None = None,
           as_of: date | None = None) -> int:
    """Relink the agency's commitments (those of reports up to `upto_report`, or all).

    Machine suggestions are replaced; links a reviewer confirmed, rejected or added stay,
    and so does every reviewed status. Returns how many commitments were relinked.
    """
    config = linking.load_config()
    entries, reports = entries_for(session, agency_id)
    limit = _order(reports[upto_report]) if upto_report in reports else None
    commitments = [e for e in entries if e.kind == "commitment"
                   and (limit is None or e.order <= limit
                        or e.report_id == upto_report)]
    if not commitments:
        return 0
    ids = [c.id for c in commitments]
    session.exec(delete(Link).where(col(Link.commitment_id).in_(ids), Link.origin == "machine",
                                    Link.verdict == "suggested"))
    kept = session.exec(select(Link).where(col(Link.commitment_id).in_(ids))).all()
    kept_pairs = {(k.commitment_id, k.evidence_id) for k in kept}
    for candidate in linking.link(commitments, entries, config):
        if (candidate.commitment_id, candidate.evidence_id) in kept_pairs:
            continue
        session.add(Link(commitment_id=candidate.commitment_id,
                         evidence_id=candidate.evidence_id, relation=candidate.relation,
                         rank=candidate.rank, score=candidate.score,
                         sentence_start=candidate.clause.start, sentence_end=candidate.clause.end,
                         sentence=" ".join(candidate.clause.text.split()),
                         sentence_cue=candidate.clause.cue, features=candidate.features))
    session.flush()
    as_of = as_of or max((r.period_end or r.issued or date.min for r in reports.values()),
                         default=date.today())
    for commitment in commitments:
        recompute_status(session, commitment.id, entries=entries, reports=reports, as_of=as_of)
    return len(commitments)


def recompute_status(session: Session, commitment_id: int, *, entries=None, reports=None,
                     as_of: date | None = None) -> CommitmentStatus:
    """Decide one commitment's status from its current links (reviews included)."""
    config = linking.load_config()
    item = session.get(Item, commitment_id)
    report = session.get(Report, item.report_id)
    if entries is None or reports is None:
        entries, reports = entries_for(session, report.agency_id)
    by_id = {e.id: e for e in entries}
    order = _order(report)
    start, end = report.next_start, report.next_end
    covered = any(_order(r) > order and (start is None or r.period_end is None
                                         or r.period_end >= start)
                  for r in reports.values())
    as_of = as_of or max((r.period_end or r.issued or date.min for r in reports.values()),
                         default=date.today())
    evidence = []
    for row in session.exec(select(Link).where(Link.commitment_id == commitment_id)):
        other = by_id.get(row.evidence_id)
        source_report = reports.get(other.report_id) if other else None
        evidence.append(Evidence(
            link_id=row.id, relation=row.relation, score=row.score, cue=row.sentence_cue,
            verdict=row.verdict,
            report_start=source_report.period_start if source_report else None,
            report_end=source_report.period_end if source_report else None,
            progress=row.features.get("progress"), sentence=row.sentence,
            source=_source(source_report), features=row.features))
    decision = decide(links=evidence, period_start=start, period_end=end,
                      deadline_text=item.deadline_text, covered=covered, as_of=as_of,
                      evidence_threshold=config.evidence, repetition_threshold=config.repetition,
                      repetition_margin=config.repetition_margin)
    status = session.get(CommitmentStatus, commitment_id) or CommitmentStatus(
        commitment_id=commitment_id, computed=decision.status)
    status.computed = decision.status
    status.timeliness = decision.timeliness
    status.progress = decision.progress
    status.explanation = decision.explanation
    status.updated_at = utcnow()
    if item.deadline is None and decision.deadline is not None:
        item.deadline = decision.deadline
    session.add(status)
    return status


def _source(report: Report | None) -> str:
    if report is None:
        return ""
    parts = [report.source_name]
    if report.number:
        parts.append(report.number)
    if report.period_label:
        parts.append(report.period_label)
    return " · ".join(parts)
