"""Workshop mode: classroom scenarios (a persona, lines, a timeline and moments to stop at) written into their
own ledger, and the figures each moment shows, computed by the same engine as a person's own ledger."""
