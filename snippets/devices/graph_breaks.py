# --8<-- [start:code]
import torch


def branchy(x):
    y = torch.sin(x)
    if y.sum() > 0:  # Python needs a real bool here: it depends on the data
        return y * 2
    return y - 1


def branchless(x):
    y = torch.sin(x)
    return torch.where(y.sum() > 0, y * 2, y - 1)  # stays a tensor op


x = torch.randn(8)
for fn in (branchy, branchless):
    report = torch._dynamo.explain(fn)(x)
    print(
        f"{fn.__name__}: {report.graph_count} graph(s),"
        f" {report.graph_break_count} graph break(s)"
    )
    for reason in report.break_reasons:
        print("  reason:", reason.reason.splitlines()[0])

try:  # fullgraph=True turns a graph break into an error
    torch.compile(branchy, backend="eager", fullgraph=True)(x)
except torch._dynamo.exc.Unsupported as err:
    print("fullgraph=True raised", type(err).__name__)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(branchy(x), branchless(x))
report = torch._dynamo.explain(branchy)(x)
assert report.graph_count == 2 and report.graph_break_count == 1
assert torch._dynamo.explain(branchless)(x).graph_break_count == 0
assert torch._dynamo.explain(branchless)(x).graph_count == 1
# --8<-- [end:check]
