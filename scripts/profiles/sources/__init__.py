"""Depositary lists and treaty-series party tables read in stored public copies.

One module per list. Each defines LIST = {"instrument", "source", "as_of", "note", "rows"}:
rows are lines "ISO3 SIGNED DEPOSIT TYPE" (dates ISO, '-' = none shown, TYPE one of
ratification, acceptance, approval, accession, succession, or '-' when the list does not
say). Only rows read in the copy are listed; the copies show the start of each table only
(the stored copies end after a few letters of the alphabet), so a State not listed is NOT
read as "not a party": it stays unknown. See fixtures/profiles/README.md.
"""
