"""The reference the CLI is measured against (issue 11): what an office analyst would script with
pandas + openpyxl to get the same totals and groups from the bench ledger that
`taizhang check --json` computes. Reads the sheet, keeps the project rows (a numeric 序号),
sums total investment, annual plan and completed by 行业领域 and by 项目类别, computes rates and
points against the time progress of 1-6月, and writes the JSON.

    /usr/bin/python3 bench/pandas_reference.py ledger.xlsx out.json
"""
import json
import sys

import pandas as pd

TIME_PROGRESS = 6 / 12


def figures(frame):
    plan = float(frame["plan"].sum())
    done = float(frame["done"].sum())
    rate = done / plan if plan else None
    return {
        "projects": int(len(frame)),
        "totalInvestment": float(frame["total"].sum()),
        "annualPlan": plan,
        "completed": done,
        "completionRate": rate,
        "variancePoints": None if rate is None else (rate - TIME_PROGRESS) * 100,
    }


def main(path, out):
    raw = pd.read_excel(path, sheet_name=0, header=None, engine="openpyxl")
    body = raw.iloc[5:]
    projects = body[pd.to_numeric(body[0], errors="coerce").notna()]
    frame = pd.DataFrame(
        {
            "name": projects[2],
            "category": projects[3],
            "sector": projects[4],
            "total": pd.to_numeric(projects[7], errors="coerce").fillna(0),
            "plan": pd.to_numeric(projects[8], errors="coerce").fillna(0),
            "done": pd.to_numeric(projects[9], errors="coerce").fillna(0),
        }
    )
    report = {
        "totals": figures(frame),
        "groups": {
            by: [{"key": key, **figures(group)} for key, group in frame.groupby(by, sort=False)]
            for by in ("sector", "category")
        },
        "projects": frame["name"].tolist(),
    }
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
