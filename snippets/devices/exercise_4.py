# --8<-- [start:code]
import torch


def normalise_item(x):
    largest = x.abs().max().item()  # a Python float: the graph breaks here
    return x / largest


def normalise_tensor(x):
    return x / x.abs().max()  # stays a tensor: one graph


x = torch.randn(100)
for fn in (normalise_item, normalise_tensor):
    report = torch._dynamo.explain(fn)(x)
    print(f"{fn.__name__}: {report.graph_break_count} graph break(s)")
print("same result:", torch.allclose(normalise_item(x), normalise_tensor(x)))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch._dynamo.explain(normalise_item)(x).graph_break_count >= 1
assert torch._dynamo.explain(normalise_tensor)(x).graph_break_count == 0
assert torch.allclose(normalise_item(x), normalise_tensor(x))
# --8<-- [end:check]
