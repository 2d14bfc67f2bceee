"""Bring links and statuses up to date for one agency (the database side of link/status)."""

import calendar
from collections import defaultdict
from datetime import date, timedelta
from typing import cast

from sqlalchemy import func, insert
from sqlmodel import Session, col, delete, select

import nlp
from models import TASK_KINDS, Agency, CommitmentStatus, Item, Link, Report, utcnow
from tracker.db import lock
from tracker.followup import link as linking
from tracker.followup.status import VERBATIM, Evidence, decide, roll_up
from tracker.queries import source_label


def _order(report: Report) -> tuple:
    """Reports in the order they speak: by the end of the period they cover (the annual
    report comes after the Q3 report of its year), then by issue date (a document with no
    period and a blank day, by the last day of its dateline's month)."""
    month_end = None
    if report.month:
        month_end = date(report.month.year, report.month.month,
                         calendar.monthrange(report.month.year, report.month.month)[1])
    dated = report.issued or month_end
    return (report.period_end or dated or date.min, dated or date.min, report.id)


def entries_for(session: Session, agency_id: int) -> tuple[list[linking.Entry], dict[int, Report]]:
    """The agency's active items as linking entries, and its reports by id."""
    # stored rows: their ids are never None (sqlmodel types a primary key int | None)
    reports = {cast(int, r.id): r
               for r in session.exec(select(Report).where(Report.agency_id == agency_id))}
    items = session.exec(select(Item).where(col(Item.report_id).in_(list(reports)),
                                            Item.active == True)).all()  # noqa: E712
    # a lead-in is judged by its elements (roll_up), never matched itself
    parents = {item.parent_id for item in items if item.parent_id is not None}
    return [_entry(item, reports[item.report_id], agency_id) for item in items
            if item.id not in parents], reports


def _entry(item: Item, report: Report, agency_id: int) -> linking.Entry:
    """An item as linking sees it, in the agency whose reports it is matched against (a
    directive: its unit's agency, and no period of its own)."""
    assert item.id is not None and report.id is not None
    promised = item.kind in TASK_KINDS
    directive = item.kind == "directive"
    return linking.Entry(
        id=item.id, report_id=report.id, agency_id=agency_id, kind=item.kind, text=item.text,
        words=tuple(item.words), field=item.field, cue=item.cue,
        entities=tuple((e["label"], e["text"]) for e in item.entities),
        clauses=tuple(linking.Clause(s, e, cue, report.text[s:e]) for s, e, cue in item.clauses),
        period_start=None if directive else (report.next_start if promised
                                             else report.period_start),
        period_end=None if directive else (report.next_end if promised else report.period_end),
        report_start=report.period_start, report_end=report.period_end, order=_order(report),
        number=nlp.document_number(report.number), cites=frozenset(report.cites or ()),
        unit=nlp.canonical_unit(item.responsible_unit), task_kind=item.task_kind,
        units_named=nlp.units_named(f"{item.field or ''}\n{item.text}"),
        running=not item.section, part=nlp.top_part(item.section))


def _affected(commitments: list[linking.Entry], reports: dict[int, Report],
              upto_report: int | None, lookback_days: int) -> list[linking.Entry]:
    """The commitments a new report can speak to: earlier ones of its agency whose period
    ended within the lookback, and its own (which start out pending)."""
    if upto_report not in reports:
        return commitments
    new = reports[upto_report]
    limit = _order(new)
    anchor = new.period_start or new.issued
    window = anchor - timedelta(days=lookback_days) if anchor else None
    return [c for c in commitments if c.report_id == upto_report or (
        c.order <= limit and (window is None or c.period_end is None or c.period_end >= window))]


def relink(session: Session, agency_id: int, *, upto_report: int | None = None,
           as_of: date | None = None) -> int:
    """Relink the agency's commitments: those a new report (`upto_report`) can affect, or all;
    and the directives its documents assign or that are assigned to it (see
    `relink_directives`).

    Machine suggestions are replaced; links a reviewer confirmed, rejected or added stay,
    and so does every reviewed status. Returns how many tasks were relinked.
    """
    config = linking.load_config()
    entries, reports = entries_for(session, agency_id)
    commitments = _affected([e for e in entries if e.kind == "commitment"], reports,
                            upto_report, config.lookback_days)
    count = _link_and_decide(session, commitments, entries, reports, as_of, config)
    return count + relink_directives(session, agency_id, as_of=as_of)


def _link_and_decide(session: Session, tasks: list[linking.Entry], entries: list[linking.Entry],
                     reports: dict[int, Report], as_of: date | None, config) -> int:
    if not tasks:
        return 0
    ids = [c.id for c in tasks]
    session.exec(delete(Link).where(col(Link.commitment_id).in_(ids),
                                    col(Link.origin) == "machine",
                                    col(Link.verdict) == "suggested"))
    kept = {(k.commitment_id, k.evidence_id)
            for k in session.exec(select(Link).where(col(Link.commitment_id).in_(ids)))}
    rows = [{"commitment_id": c.commitment_id, "evidence_id": c.evidence_id,
             "relation": c.relation, "rank": c.rank, "score": c.score,
             "sentence_start": c.clause.start, "sentence_end": c.clause.end,
             "sentence": " ".join(c.clause.text.split()), "sentence_cue": c.clause.cue,
             "features": c.features, "origin": "machine", "verdict": "suggested",
             "created_at": utcnow()}
            for c in linking.link(tasks, entries, config)
            if (c.commitment_id, c.evidence_id) not in kept]
    if rows:
        session.execute(insert(Link), rows)  # one statement, not one object per link
    _decide_all(session, ids, entries, reports, as_of)
    roll_up_parents(session, ids)
    return len(ids)


def roll_up_parents(session: Session, element_ids: list[int]) -> None:
    """Decide the lead-ins of these elements from all their elements (followup.status.roll_up)."""
    # set[int]: the where clause leaves NULL out
    parent_ids = cast(set[int], set(session.exec(select(Item.parent_id).where(
        col(Item.id).in_(element_ids), col(Item.parent_id).is_not(None)))))
    if not parent_ids:
        return
    session.flush()
    elements: dict[int | None, list[tuple[str, str | None]]] = defaultdict(list)
    for parent_id, state in session.exec(
            select(Item.parent_id, CommitmentStatus)
            .join(CommitmentStatus, col(CommitmentStatus.commitment_id) == Item.id)
            .where(col(Item.parent_id).in_(parent_ids), Item.active == True)):  # noqa: E712
        elements[parent_id].append((state.effective, state.timeliness))
    for parent_id in parent_ids:
        decision = roll_up(elements.get(parent_id, []))
        status = session.get(CommitmentStatus, parent_id) or CommitmentStatus(
            commitment_id=parent_id, computed=decision.status)
        status.computed, status.timeliness = decision.status, decision.timeliness
        status.progress, status.explanation = decision.progress, decision.explanation
        status.updated_at = utcnow()
        session.add(status)
    roll_up_parents(session, list(parent_ids))  # a lead-in may itself be an element


def _targets(session: Session) -> dict[str | None, int]:
    """{unit key: agency id}: the agency whose reports follow up a unit's directives."""
    # stored rows: their ids are never None
    return {nlp.body_key(a.name): cast(int, a.id) for a in session.exec(select(Agency))}


def relink_directives(session: Session, agency_id: int, *, as_of: date | None = None) -> int:
    """Directives are followed up in the reports of the unit they are assigned to: those
    the agency's documents assign (to whichever agency the unit is), and those assigned to
    the agency (see `follow_up_agency`). A directive document's task whose unit is no
    agency yet stays pending."""
    lock(session, "directives")  # a directive's links are written from two agencies' side
    targets = _targets(session)
    rows = session.exec(select(Item, Report).join(Report, col(Report.id) == Item.report_id)
                        .where(Item.kind == "directive", Item.active == True)).all()  # noqa: E712
    # a page that asks one other agency by name and the rest by no agency's name ("Phó Thủ
    # tướng … yêu cầu tỉnh Khánh Hòa …" then "… các đơn vị chuyên môn liên quan cần rà soát
    # …"): the rest are that agency's own units, its reports follow them up. Not in a
    # directive document (a conclusion notice, a letter, a plan): its units are named one
    # by one ("Văn phòng UBND tỉnh", "Sở Tư pháp" beside "Sở Nội vụ"), each its own body,
    # and wait for their own reports
    found = [(item, report, _named_agency(item, targets)) for item, report in rows]
    named: dict[int | None, set[int]] = defaultdict(set)
    for _, report, target in found:
        if (target is not None and target != report.agency_id
                and (report.kind or "report") == "report"):
            named[report.id].add(target)
    by_target: dict[int, list[tuple[Item, Report]]] = defaultdict(list)
    for item, report, target in found:
        if target is None and len(named[report.id]) == 1:
            target = next(iter(named[report.id]))
        elif target is None:
            target = follow_up_agency(item, report, targets)
        if target and agency_id in (report.agency_id, target):
            by_target[target].append((item, report))
    config = linking.load_config()
    count = 0
    for target_id, directives in by_target.items():
        entries, reports = entries_for(session, target_id)
        tasks = []
        for item, report in directives:
            assert report.id is not None
            reports[report.id] = report
            tasks.append(_entry(item, report, target_id))
        count += _link_and_decide(session, tasks, entries + tasks, reports, as_of, config)
    return count


def follow_up_agency(item: Item, report: Report, targets: dict[str | None, int]) -> int | None:
    """The agency whose reports follow a directive up: its unit's. One that a report passes
    on to units that are no agency ("Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, địa
    phương …" in a summary of the body's own meeting) is followed up in the reporting
    body's own later reports; a directive document's stays with no agency until its unit
    is one."""
    target = _named_agency(item, targets)
    if target is None and (report.kind or "report") == "report":
        return report.agency_id
    return target


def _named_agency(item: Item, targets: dict[str | None, int]) -> int | None:
    """The agency a directive's unit names, if any: of units asked together ("Sở Giáo dục
    - Đào tạo và UBND huyện Tiên Yên"), the first that is an agency."""
    return next((targets[key] for key in nlp.body_keys(item.responsible_unit)
                 if key in targets), None)


def lock_item(session: Session, item_id: int) -> None:
    """Take the lock of the item's agency (see tracker.db.lock) before changing anything
    its statuses depend on; a no-op for an unknown item (the caller reports that)."""
    name = session.exec(select(Agency.name).join(Report, col(Report.agency_id) == Agency.id)
                        .join(Item, col(Item.report_id) == Report.id)
                        .where(Item.id == item_id)).first()
    if name is not None:
        lock(session, f"agency:{name}")


def recompute_status(session: Session, commitment_id: int) -> CommitmentStatus:
    """Decide one commitment's status from its current links (reviews included)."""
    lock_item(session, commitment_id)
    item = session.get(Item, commitment_id)
    assert item is not None
    report = session.get(Report, item.report_id)
    assert report is not None and report.id is not None
    agency_id = report.agency_id
    if item.kind == "directive":  # its evidence is in the reports of its unit's agency
        agency_id = follow_up_agency(item, report, _targets(session)) or agency_id
    entries, reports = entries_for(session, agency_id)
    reports[report.id] = report
    session.flush()
    element = session.exec(select(Item.id).where(Item.parent_id == commitment_id,
                                                 Item.active == True)).first()  # noqa: E712
    if element is not None:  # a lead-in: decided by its elements
        roll_up_parents(session, [element])
        rolled_up = session.get(CommitmentStatus, commitment_id)
        assert rolled_up is not None
        return rolled_up
    decided = _decide_all(session, [commitment_id], entries, reports, None)[commitment_id]
    roll_up_parents(session, [commitment_id])
    return decided


def _decide_all(session: Session, ids: list[int], entries: list[linking.Entry],
                reports: dict[int, Report], as_of: date | None) -> dict[int, CommitmentStatus]:
    config = linking.load_config()
    by_id = {e.id: e for e in entries}
    items = {i.id: i for i in session.exec(select(Item).where(col(Item.id).in_(ids)))}
    links: dict[int, list[Link]] = defaultdict(list)
    for row in session.exec(select(Link).where(col(Link.commitment_id).in_(ids))):
        links[row.commitment_id].append(row)
    statuses = {s.commitment_id: s for s in session.exec(
        select(CommitmentStatus).where(col(CommitmentStatus.commitment_id).in_(ids)))}
    as_of = as_of or max((r.period_end or r.issued or date.min for r in reports.values()),
                         default=date.today())
    orders = {r.id: _order(r) for r in reports.values()}
    standing = _standing_reports(session, {i.report_id for i in items.values()}, config)
    targets = _targets(session) if any(i.kind == "directive" for i in items.values()) else {}
    speaker = {i.id: (follow_up_agency(i, reports[i.report_id], targets)
                      if i.kind == "directive" else None) or reports[i.report_id].agency_id
               for i in items.values()}
    out = {}
    for commitment_id in ids:
        item = items[commitment_id]
        report = reports[item.report_id]
        start, end = report.next_start, report.next_end
        # a later report of the agency the task is followed up in covers it (another
        # directive document in `reports` says nothing about the task)
        covered = any(orders[r.id] > orders[report.id] and r.agency_id == speaker[item.id]
                      and (start is None or r.period_end is None or r.period_end >= start)
                      for r in reports.values())
        evidence = []
        sources = [by_id.get(row.evidence_id) for row in links[commitment_id]
                   if row.relation == "evidence"]
        # a directive followed up in running text only (press pages, meeting summaries: no
        # section), which tells the unit's work on the matter in its own words
        running = item.kind == "directive" and bool(sources) and all(
            other is not None and other.running for other in sources)
        for row in links[commitment_id]:
            other = by_id.get(row.evidence_id)
            source = reports.get(other.report_id) if other else None
            evidence.append(Evidence(
                link_id=row.id, relation=row.relation, score=row.score, cue=row.sentence_cue,
                verdict=row.verdict, report_start=source.period_start if source else None,
                report_end=source.period_end if source else None,
                progress=row.features.get("progress"), sentence=row.sentence,
                source=source_label(source) if source else "", features=row.features))
        decision = decide(links=evidence, period_start=start, period_end=end,
                          deadline_text=item.deadline_text, covered=covered, as_of=as_of,
                          evidence_threshold=config.evidence,
                          repetition_threshold=config.repetition,
                          repetition_margin=config.repetition_margin,
                          task_kind=item.task_kind, deadline=item.deadline,
                          standing=config.standing_evidence if item.report_id in standing
                          else None,
                          running=config.running_evidence if running else None)
        status = statuses.get(commitment_id) or CommitmentStatus(commitment_id=commitment_id,
                                                                 computed=decision.status)
        status.computed = decision.status
        status.timeliness = decision.timeliness
        status.progress = decision.progress
        status.explanation = decision.explanation
        status.updated_at = utcnow()
        if item.deadline is None and decision.deadline is not None:
            item.deadline = decision.deadline
        session.add(status)
        out[commitment_id] = status
    return out


def _standing_reports(session: Session, report_ids: set[int], config: linking.Config) -> set[int]:
    """Reports whose task list a later report re-issues: at least `standing_share` of their
    (at least `standing_min_tasks`) tasks listed again word for word, as a monthly series
    that repeats its standing tasks every month does."""
    if not report_ids:
        return set()
    # only these reports' tasks and their own links (the index on link.commitment_id)
    rows = session.exec(
        select(Item.id, Item.report_id, Item.parent_id, func.max(Link.score))
        .join(Link, (col(Link.commitment_id) == Item.id) & (Link.relation == "repetition")
              & (Link.verdict != "rejected"), isouter=True)
        .where(col(Item.report_id).in_(report_ids), Item.kind == "commitment",
               Item.active == True)  # noqa: E712
        .group_by(col(Item.id), col(Item.report_id), col(Item.parent_id))).all()
    parents = {parent for _, _, parent, _ in rows if parent is not None}
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for item_id, report_id, _, top in rows:
        if item_id in parents:
            continue  # a lead-in is never matched: its elements count
        tally[report_id][0] += 1
        tally[report_id][1] += (top or 0.0) >= VERBATIM
    return {report for report, (tasks, verbatim) in tally.items()
            if tasks >= config.standing_min_tasks and verbatim / tasks >= config.standing_share}
