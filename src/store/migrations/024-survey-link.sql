-- The public link of a survey as it was sent (its public address at creation), so a reminder composed by the
-- reminder engine, which knows no configuration, can repeat it.
ALTER TABLE surveys ADD COLUMN link text;
