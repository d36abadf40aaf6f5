"""Team-lead screens: statistics dashboard, audit log, staff/site administration, policies, exports, KOMHEN, flow review, citizens' rights, the key."""
