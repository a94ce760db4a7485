# --8<-- [start:code]
from torch import nn


def count(model):
    return sum(p.numel() for p in model.parameters())


def formula(gates, i, h, num_layers):
    # per layer: gates * (W_ih: h*i_in, W_hh: h*h, b_ih: h, b_hh: h);
    # layers after the first read h features
    return sum(
        gates * (h * ((i if k == 0 else h) + h) + 2 * h)
        for k in range(num_layers)
    )


i, h = 64, 128
print(f"input_size={i}, hidden_size={h}")
for cls, gates in [(nn.RNN, 1), (nn.GRU, 3), (nn.LSTM, 4)]:
    one, two = count(cls(i, h)), count(cls(i, h, num_layers=2))
    assert one == formula(gates, i, h, 1) and two == formula(gates, i, h, 2)
    print(f"{cls.__name__:5} 1 layer: {one:7,}   2 layers: {two:7,}", end="")
    print(f"   layer 2 adds {two - one:7,}")

print(f"LSTM, 1 layer, hidden 256: {count(nn.LSTM(i, 256)):9,}")
print(f"LSTM, 1 layer, hidden 512: {count(nn.LSTM(i, 512)):9,}")
print(f"Linear(4096, 1000) for comparison: {count(nn.Linear(4096, 1000)):,}")
# --8<-- [end:code]

# --8<-- [start:check]
counts = {
    (cls, n): count(cls(i, h, num_layers=n))
    for cls in (nn.RNN, nn.GRU, nn.LSTM)
    for n in (1, 2)
}
assert counts[(nn.LSTM, 1)] == 4 * (h * (i + h) + 2 * h) == 99_328
assert counts[(nn.GRU, 1)] == 3 * (h * (i + h) + 2 * h)
assert counts[(nn.RNN, 1)] == 1 * (h * (i + h) + 2 * h)
# ratio LSTM : GRU : RNN is exactly 4 : 3 : 1 for the same sizes
assert (
    counts[(nn.LSTM, 2)] * 3 == counts[(nn.GRU, 2)] * 4
    and counts[(nn.LSTM, 2)] == 4 * counts[(nn.RNN, 2)]
)
# a second layer (input h instead of i) costs gates*(2h^2 + 2h): a bit more than the first here since i < h
second = counts[(nn.LSTM, 2)] - counts[(nn.LSTM, 1)]
assert second == 4 * (2 * h * h + 2 * h) == 132_096
assert 1 < second / counts[(nn.LSTM, 1)] < 1.5
# doubling the hidden size roughly triples/quadruples the count; a 2-layer h=128 LSTM is far smaller than h=512
assert count(nn.LSTM(i, 512)) > 5 * counts[(nn.LSTM, 2)]
assert counts[(nn.LSTM, 2)] < count(nn.Linear(4096, 1000)) / 10
# --8<-- [end:check]
