"""Parse SQL statements with sqlglot: a JSON array of {sql, read} on stdin, a JSON array on stdout.

Each answer is {"error": message} or what the parse found: the root node, the CTE names, the output
column names, the number of LATERAL VIEWs, and whether printing the tree and parsing it again gives
the same tree (so nothing of the statement was dropped on the way).
Run with Debian's /usr/bin/python3 and python3-sqlglot (10.6.3).
"""
import json
import sys

import sqlglot
from sqlglot import exp

answers = []
for item in json.load(sys.stdin):
    try:
        tree = sqlglot.parse_one(item["sql"], read=item["read"])
        again = sqlglot.parse_one(tree.sql(dialect=item["read"]), read=item["read"])
        with_ = tree.args.get("with")
        answers.append({
            "root": type(tree).__name__,
            "ctes": [c.alias for c in with_.expressions] if with_ else [],
            "columns": [e.alias_or_name for e in tree.expressions] if isinstance(tree, exp.Select) else [],
            "laterals": len(list(tree.find_all(exp.Lateral))),
            "roundTrip": again == tree,
        })
    except Exception as err:  # a parse error, or any other failure, is the answer for that statement
        answers.append({"error": f"{type(err).__name__}: {err}"})
json.dump({"version": sqlglot.__version__, "answers": answers}, sys.stdout)
