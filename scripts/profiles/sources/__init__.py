"""Depositary lists and treaty-series party tables read in stored public copies.

One module per list. Each defines LIST = {"instrument", "source", "as_of", "note", "rows"}:
rows are lines "ISO3 SIGNED DEPOSIT TYPE" (dates ISO, '-' = none shown, TYPE one of
ratification, acceptance, approval, accession, succession, or '-' when the list does not
say). Only rows read in the copy are listed; the copies show the start of each table only
(the stored copies end after a few letters of the alphabet), so a State not listed is NOT
read as "not a party": it stays unknown. See fixtures/profiles/README.md.

Complement statements ("N parties; the States not parties are: ...") are modules with
LIST["kind"] == "complement" (listed in gen_profiles.COMPLEMENT_MODULES, not SOURCE_MODULES): keys
instrument, source, as_of, scope_excludes (States the statement does not cover), parties_ratified_by
(DERIVED bound for every covered State not named), nonparties / nonparties_known_until, nonparties_unknown
(named but left out, e.g. signatories whose signature date was not read) and skip (State -> reason, for
conflicting sources). They fill only instruments without an entry; dated rows and the overlay win and
are checked against them.
"""
