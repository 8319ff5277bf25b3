"""The shape of the schema this version creates (schema version 12): tables with their columns, indexes with
theirs, triggers with their text. Written by ``tools/update_schema_shape.py``; do not edit.
"""

# fmt: off
VERSION = 12
SHAPE: dict[tuple[str, str], tuple] = {('index', 'idx__sqlite_migrations_migration_set_name'): ('_sqlite_migrations', ('migration_set', 'name')),
 ('index', 'parts_cycle'): ('installment_parts',
                            ('line_id', 'status', 'statement_date', 'principal_fen', 'fee_fen')),
 ('index', 'parts_plan'): ('installment_parts', ('plan_id',)),
 ('index', 'plans_purchase'): ('installment_plans', ('purchase_id',)),
 ('index', 'purchases_amount'): ('purchases', ('amount_fen',)),
 ('index', 'purchases_category'): ('purchases', ('category', 'posted_on')),
 ('index', 'purchases_cycle'): ('purchases',
                                ('line_id', 'installments', 'statement_date', 'posted_on', 'amount_fen')),
 ('index', 'purchases_installments'): ('purchases', ('installments',)),
 ('index', 'purchases_merchant'): ('purchases', ('merchant',)),
 ('index', 'purchases_posted'): ('purchases', ('posted_on',)),
 ('index', 'purchases_statement'): ('purchases', ('statement_date',)),
 ('index', 'refunds_cycle'): ('refunds', ('line_id', 'statement_date', 'posted_on', 'credit_fen')),
 ('index', 'repayments_line'): ('repayments', ('line_id', 'paid_on')),
 ('index', 'undo_log_step'): ('undo_log', ('step_id', 'seq')),
 ('table', '_sqlite_migrations'): (('id', 'INTEGER', 0, None, 1),
                                   ('migration_set', 'TEXT', 0, None, 0),
                                   ('name', 'TEXT', 0, None, 0),
                                   ('applied_at', 'TEXT', 0, None, 0)),
 ('table', 'auto_repay_changes'): (('line_id', 'INTEGER', 1, None, 1),
                                   ('effective', 'TEXT', 1, None, 2),
                                   ('mode', 'TEXT', 1, None, 0)),
 ('table', 'auto_repay_failures'): (('line_id', 'INTEGER', 1, None, 1), ('statement_date', 'TEXT', 1, None, 2)),
 ('table', 'bill_totals'): (('line_id', 'INTEGER', 1, None, 1),
                            ('kind', 'TEXT', 1, None, 2),
                            ('statement_date', 'TEXT', 1, None, 3),
                            ('posted_on', 'TEXT', 1, None, 4),
                            ('amount_fen', 'INTEGER', 1, None, 0),
                            ('fee_fen', 'INTEGER', 1, None, 0),
                            ('n', 'INTEGER', 1, None, 0)),
 ('table', 'credit_lines'): (('id', 'INTEGER', 0, None, 1),
                             ('name', 'TEXT', 1, None, 0),
                             ('kind', 'TEXT', 1, None, 0),
                             ('currency', 'TEXT', 1, "'CNY'", 0),
                             ('statement_day', 'INTEGER', 1, None, 0),
                             ('due_day', 'INTEGER', 1, None, 0),
                             ('statement_day_inclusive', 'INTEGER', 1, '0', 0),
                             ('min_payment_rate', 'TEXT', 1, None, 0),
                             ('daily_penalty_rate', 'TEXT', 1, None, 0),
                             ('grace_days', 'INTEGER', 1, '0', 0),
                             ('auto_repay', 'TEXT', 1, "'off'", 0),
                             ('remainder_to', 'TEXT', 1, "'first'", 0),
                             ('fee_presets', 'TEXT', 1, "'{}'", 0),
                             ('archived', 'INTEGER', 1, '0', 0),
                             ('created_at', 'TEXT', 1, "datetime('now')", 0),
                             ('revolving_basis', 'TEXT', 1, "'unpaid_from_due'", 0),
                             ('late_fee_rate', 'TEXT', 1, "'0'", 0),
                             ('late_fee_min_fen', 'INTEGER', 1, '0', 0),
                             ('billing', 'TEXT', 1, "'monthly'", 0),
                             ('bnpl_late_fee', 'TEXT', 1, "'klarna_us'", 0)),
 ('table', 'day_changes'): (('line_id', 'INTEGER', 1, None, 1),
                            ('effective', 'TEXT', 1, None, 2),
                            ('statement_day', 'INTEGER', 1, None, 0),
                            ('due_day', 'INTEGER', 1, None, 0),
                            ('statement_day_inclusive', 'INTEGER', 1, '0', 0)),
 ('table', 'installment_parts'): (('id', 'INTEGER', 0, None, 1),
                                  ('plan_id', 'INTEGER', 1, None, 0),
                                  ('line_id', 'INTEGER', 1, None, 0),
                                  ('period', 'INTEGER', 1, None, 0),
                                  ('statement_date', 'TEXT', 1, None, 0),
                                  ('principal_fen', 'INTEGER', 1, None, 0),
                                  ('fee_fen', 'INTEGER', 1, None, 0),
                                  ('status', 'TEXT', 1, "'scheduled'", 0)),
 ('table', 'installment_plans'): (('id', 'INTEGER', 0, None, 1),
                                  ('line_id', 'INTEGER', 1, None, 0),
                                  ('purchase_id', 'INTEGER', 0, None, 0),
                                  ('kind', 'TEXT', 1, None, 0),
                                  ('principal_fen', 'INTEGER', 1, None, 0),
                                  ('periods', 'INTEGER', 1, None, 0),
                                  ('fee_rate', 'TEXT', 1, None, 0),
                                  ('fee_total_fen', 'INTEGER', 1, None, 0),
                                  ('policy', 'TEXT', 1, None, 0),
                                  ('merchant_paid', 'INTEGER', 1, '0', 0),
                                  ('source_statement', 'TEXT', 0, None, 0),
                                  ('closed_on', 'TEXT', 0, None, 0),
                                  ('bank_plan', 'TEXT', 0, None, 0)),
 ('table', 'limit_changes'): (('id', 'INTEGER', 0, None, 1),
                              ('line_id', 'INTEGER', 1, None, 0),
                              ('effective', 'TEXT', 1, None, 0),
                              ('limit_fen', 'INTEGER', 1, None, 0)),
 ('table', 'personal_limits'): (('line_id', 'INTEGER', 0, None, 1), ('limit_fen', 'INTEGER', 1, None, 0)),
 ('table', 'purchases'): (('id', 'INTEGER', 0, None, 1),
                          ('line_id', 'INTEGER', 1, None, 0),
                          ('posted_on', 'TEXT', 1, None, 0),
                          ('statement_date', 'TEXT', 1, None, 0),
                          ('amount_fen', 'INTEGER', 1, None, 0),
                          ('installments', 'INTEGER', 1, '1', 0),
                          ('merchant', 'TEXT', 1, "''", 0),
                          ('category', 'TEXT', 1, "''", 0),
                          ('description', 'TEXT', 1, "''", 0),
                          ('note', 'TEXT', 1, "''", 0),
                          ('source', 'TEXT', 1, "'manual'", 0),
                          ('source_key', 'TEXT', 0, None, 0),
                          ('order_no', 'TEXT', 0, None, 0)),
 ('table', 'refunds'): (('id', 'INTEGER', 0, None, 1),
                        ('line_id', 'INTEGER', 1, None, 0),
                        ('purchase_id', 'INTEGER', 0, None, 0),
                        ('posted_on', 'TEXT', 1, None, 0),
                        ('statement_date', 'TEXT', 1, None, 0),
                        ('amount_fen', 'INTEGER', 1, None, 0),
                        ('credit_fen', 'INTEGER', 1, None, 0),
                        ('applies_as_payment', 'INTEGER', 1, '0', 0),
                        ('target_statement', 'TEXT', 0, None, 0),
                        ('note', 'TEXT', 1, "''", 0),
                        ('source', 'TEXT', 1, "'manual'", 0),
                        ('source_key', 'TEXT', 0, None, 0)),
 ('table', 'repayments'): (('id', 'INTEGER', 0, None, 1),
                           ('line_id', 'INTEGER', 1, None, 0),
                           ('paid_on', 'TEXT', 1, None, 0),
                           ('amount_fen', 'INTEGER', 1, None, 0),
                           ('target_statement', 'TEXT', 0, None, 0),
                           ('note', 'TEXT', 1, "''", 0),
                           ('source', 'TEXT', 1, "'manual'", 0),
                           ('source_key', 'TEXT', 0, None, 0),
                           ('funded_by_line_id', 'INTEGER', 0, None, 0)),
 ('table', 'settings'): (('key', 'TEXT', 0, None, 1), ('value', 'TEXT', 1, None, 0)),
 ('table', 'undo_log'): (('seq', 'INTEGER', 0, None, 1),
                         ('step_id', 'INTEGER', 1, None, 0),
                         ('tbl', 'TEXT', 1, None, 0),
                         ('op', 'TEXT', 1, None, 0),
                         ('row_key', '', 1, None, 0),
                         ('old_row', 'TEXT', 0, None, 0)),
 ('table', 'undo_steps'): (('id', 'INTEGER', 0, None, 1),
                           ('name', 'TEXT', 1, None, 0),
                           ('args', 'TEXT', 1, "'{}'", 0),
                           ('state', 'TEXT', 1, "'done'", 0),
                           ('created', 'TEXT', 1, "datetime('now')", 0)),
 ('table', 'wishlist'): (('id', 'INTEGER', 0, None, 1),
                         ('name', 'TEXT', 1, None, 0),
                         ('price_fen', 'INTEGER', 1, None, 0),
                         ('shop', 'TEXT', 1, "''", 0),
                         ('line_id', 'INTEGER', 0, None, 0),
                         ('added_on', 'TEXT', 1, None, 0),
                         ('status', 'TEXT', 1, "'waiting'", 0),
                         ('decided_on', 'TEXT', 0, None, 0),
                         ('purchase_id', 'INTEGER', 0, None, 0)),
 ('trigger', 'bill_totals_installment_parts_delete'): ('installment_parts',
                                                       'CREATE TRIGGER bill_totals_installment_parts_delete AFTER '
                                                       'DELETE ON installment_parts BEGIN INSERT INTO bill_totals '
                                                       '(line_id, kind, statement_date, posted_on, amount_fen, '
                                                       "fee_fen, n) SELECT OLD.line_id, 'part', "
                                                       "OLD.statement_date, '', -OLD.principal_fen, -OLD.fee_fen, "
                                                       "-1 WHERE OLD.status != 'cancelled' ON CONFLICT (line_id, "
                                                       'kind, statement_date, posted_on) DO UPDATE SET amount_fen '
                                                       '= amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                                       'excluded.fee_fen, n = n + excluded.n; DELETE FROM '
                                                       "bill_totals WHERE line_id = OLD.line_id AND kind = 'part' "
                                                       "AND statement_date = OLD.statement_date AND posted_on = '' "
                                                       'AND n = 0; END'),
 ('trigger', 'bill_totals_installment_parts_insert'): ('installment_parts',
                                                       'CREATE TRIGGER bill_totals_installment_parts_insert AFTER '
                                                       'INSERT ON installment_parts BEGIN INSERT INTO bill_totals '
                                                       '(line_id, kind, statement_date, posted_on, amount_fen, '
                                                       "fee_fen, n) SELECT NEW.line_id, 'part', "
                                                       "NEW.statement_date, '', NEW.principal_fen, NEW.fee_fen, 1 "
                                                       "WHERE NEW.status != 'cancelled' ON CONFLICT (line_id, "
                                                       'kind, statement_date, posted_on) DO UPDATE SET amount_fen '
                                                       '= amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                                       'excluded.fee_fen, n = n + excluded.n; END'),
 ('trigger', 'bill_totals_installment_parts_update'): ('installment_parts',
                                                       'CREATE TRIGGER bill_totals_installment_parts_update AFTER '
                                                       'UPDATE OF line_id, statement_date, principal_fen, fee_fen, '
                                                       'status ON installment_parts BEGIN INSERT INTO bill_totals '
                                                       '(line_id, kind, statement_date, posted_on, amount_fen, '
                                                       "fee_fen, n) SELECT OLD.line_id, 'part', "
                                                       "OLD.statement_date, '', -OLD.principal_fen, -OLD.fee_fen, "
                                                       "-1 WHERE OLD.status != 'cancelled' ON CONFLICT (line_id, "
                                                       'kind, statement_date, posted_on) DO UPDATE SET amount_fen '
                                                       '= amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                                       'excluded.fee_fen, n = n + excluded.n; DELETE FROM '
                                                       "bill_totals WHERE line_id = OLD.line_id AND kind = 'part' "
                                                       "AND statement_date = OLD.statement_date AND posted_on = '' "
                                                       'AND n = 0; INSERT INTO bill_totals (line_id, kind, '
                                                       'statement_date, posted_on, amount_fen, fee_fen, n) SELECT '
                                                       "NEW.line_id, 'part', NEW.statement_date, '', "
                                                       'NEW.principal_fen, NEW.fee_fen, 1 WHERE NEW.status != '
                                                       "'cancelled' ON CONFLICT (line_id, kind, statement_date, "
                                                       'posted_on) DO UPDATE SET amount_fen = amount_fen + '
                                                       'excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, '
                                                       'n = n + excluded.n; END'),
 ('trigger', 'bill_totals_purchases_delete'): ('purchases',
                                               'CREATE TRIGGER bill_totals_purchases_delete AFTER DELETE ON '
                                               'purchases BEGIN INSERT INTO bill_totals (line_id, kind, '
                                               'statement_date, posted_on, amount_fen, fee_fen, n) SELECT '
                                               "OLD.line_id, 'purchase', OLD.statement_date, OLD.posted_on, "
                                               '-OLD.amount_fen, -0, -1 WHERE OLD.installments = 1 ON CONFLICT '
                                               '(line_id, kind, statement_date, posted_on) DO UPDATE SET '
                                               'amount_fen = amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                               'excluded.fee_fen, n = n + excluded.n; DELETE FROM bill_totals '
                                               "WHERE line_id = OLD.line_id AND kind = 'purchase' AND "
                                               'statement_date = OLD.statement_date AND posted_on = OLD.posted_on '
                                               'AND n = 0; END'),
 ('trigger', 'bill_totals_purchases_insert'): ('purchases',
                                               'CREATE TRIGGER bill_totals_purchases_insert AFTER INSERT ON '
                                               'purchases BEGIN INSERT INTO bill_totals (line_id, kind, '
                                               'statement_date, posted_on, amount_fen, fee_fen, n) SELECT '
                                               "NEW.line_id, 'purchase', NEW.statement_date, NEW.posted_on, "
                                               'NEW.amount_fen, 0, 1 WHERE NEW.installments = 1 ON CONFLICT '
                                               '(line_id, kind, statement_date, posted_on) DO UPDATE SET '
                                               'amount_fen = amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                               'excluded.fee_fen, n = n + excluded.n; END'),
 ('trigger', 'bill_totals_purchases_update'): ('purchases',
                                               'CREATE TRIGGER bill_totals_purchases_update AFTER UPDATE OF '
                                               'line_id, statement_date, posted_on, amount_fen, installments ON '
                                               'purchases BEGIN INSERT INTO bill_totals (line_id, kind, '
                                               'statement_date, posted_on, amount_fen, fee_fen, n) SELECT '
                                               "OLD.line_id, 'purchase', OLD.statement_date, OLD.posted_on, "
                                               '-OLD.amount_fen, -0, -1 WHERE OLD.installments = 1 ON CONFLICT '
                                               '(line_id, kind, statement_date, posted_on) DO UPDATE SET '
                                               'amount_fen = amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                               'excluded.fee_fen, n = n + excluded.n; DELETE FROM bill_totals '
                                               "WHERE line_id = OLD.line_id AND kind = 'purchase' AND "
                                               'statement_date = OLD.statement_date AND posted_on = OLD.posted_on '
                                               'AND n = 0; INSERT INTO bill_totals (line_id, kind, statement_date, '
                                               "posted_on, amount_fen, fee_fen, n) SELECT NEW.line_id, 'purchase', "
                                               'NEW.statement_date, NEW.posted_on, NEW.amount_fen, 0, 1 WHERE '
                                               'NEW.installments = 1 ON CONFLICT (line_id, kind, statement_date, '
                                               'posted_on) DO UPDATE SET amount_fen = amount_fen + '
                                               'excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, n = n + '
                                               'excluded.n; END'),
 ('trigger', 'bill_totals_refunds_delete'): ('refunds',
                                             'CREATE TRIGGER bill_totals_refunds_delete AFTER DELETE ON refunds '
                                             'BEGIN INSERT INTO bill_totals (line_id, kind, statement_date, '
                                             "posted_on, amount_fen, fee_fen, n) SELECT OLD.line_id, 'refund', "
                                             'OLD.statement_date, OLD.posted_on, -OLD.credit_fen, -0, -1 WHERE '
                                             'OLD.applies_as_payment = 0 ON CONFLICT (line_id, kind, '
                                             'statement_date, posted_on) DO UPDATE SET amount_fen = amount_fen + '
                                             'excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, n = n + '
                                             'excluded.n; DELETE FROM bill_totals WHERE line_id = OLD.line_id AND '
                                             "kind = 'refund' AND statement_date = OLD.statement_date AND "
                                             'posted_on = OLD.posted_on AND n = 0; END'),
 ('trigger', 'bill_totals_refunds_insert'): ('refunds',
                                             'CREATE TRIGGER bill_totals_refunds_insert AFTER INSERT ON refunds '
                                             'BEGIN INSERT INTO bill_totals (line_id, kind, statement_date, '
                                             "posted_on, amount_fen, fee_fen, n) SELECT NEW.line_id, 'refund', "
                                             'NEW.statement_date, NEW.posted_on, NEW.credit_fen, 0, 1 WHERE '
                                             'NEW.applies_as_payment = 0 ON CONFLICT (line_id, kind, '
                                             'statement_date, posted_on) DO UPDATE SET amount_fen = amount_fen + '
                                             'excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, n = n + '
                                             'excluded.n; END'),
 ('trigger', 'bill_totals_refunds_update'): ('refunds',
                                             'CREATE TRIGGER bill_totals_refunds_update AFTER UPDATE OF line_id, '
                                             'statement_date, posted_on, credit_fen, applies_as_payment ON refunds '
                                             'BEGIN INSERT INTO bill_totals (line_id, kind, statement_date, '
                                             "posted_on, amount_fen, fee_fen, n) SELECT OLD.line_id, 'refund', "
                                             'OLD.statement_date, OLD.posted_on, -OLD.credit_fen, -0, -1 WHERE '
                                             'OLD.applies_as_payment = 0 ON CONFLICT (line_id, kind, '
                                             'statement_date, posted_on) DO UPDATE SET amount_fen = amount_fen + '
                                             'excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, n = n + '
                                             'excluded.n; DELETE FROM bill_totals WHERE line_id = OLD.line_id AND '
                                             "kind = 'refund' AND statement_date = OLD.statement_date AND "
                                             'posted_on = OLD.posted_on AND n = 0; INSERT INTO bill_totals '
                                             '(line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) '
                                             "SELECT NEW.line_id, 'refund', NEW.statement_date, NEW.posted_on, "
                                             'NEW.credit_fen, 0, 1 WHERE NEW.applies_as_payment = 0 ON CONFLICT '
                                             '(line_id, kind, statement_date, posted_on) DO UPDATE SET amount_fen '
                                             '= amount_fen + excluded.amount_fen, fee_fen = fee_fen + '
                                             'excluded.fee_fen, n = n + excluded.n; END')}
