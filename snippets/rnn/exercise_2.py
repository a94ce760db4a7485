# --8<-- [start:code]
from torch import nn

GATES = {nn.RNN: 1, nn.GRU: 3, nn.LSTM: 4}


def rnn_param_count(
    cls, input_size, hidden_size, num_layers=1, bidirectional=False
):
    d = 2 if bidirectional else 1
    total = 0
    for layer in range(num_layers):
        # layer 0 reads the input; later layers read the layer below,
        # which is d * hidden wide
        i = input_size if layer == 0 else d * hidden_size
        per_direction = GATES[cls] * (
            hidden_size * (i + hidden_size) + 2 * hidden_size
        )
        total += d * per_direction
    return total


for cls in GATES:
    for layers, bi in [(1, False), (2, False), (2, True)]:
        mine = rnn_param_count(cls, 10, 20, layers, bi)
        model = cls(10, 20, num_layers=layers, bidirectional=bi)
        real = sum(p.numel() for p in model.parameters())
        name = f"{cls.__name__:4} layers={layers} bidirectional={bi!s:5}"
        print(f"{name} formula {mine:6,} PyTorch {real:6,}")
# --8<-- [end:code]

# --8<-- [start:check]
for cls in GATES:
    for i, h in [(10, 20), (3, 7), (64, 128)]:
        for layers in (1, 2, 3):
            for bi in (False, True):
                real = sum(
                    p.numel()
                    for p in cls(
                        i, h, num_layers=layers, bidirectional=bi
                    ).parameters()
                )
                assert rnn_param_count(cls, i, h, layers, bi) == real, (
                    cls,
                    i,
                    h,
                    layers,
                    bi,
                )
assert rnn_param_count(nn.GRU, 10, 20, 2, True) == 2 * 3 * (
    20 * 30 + 40
) + 2 * 3 * (20 * 60 + 40)
# --8<-- [end:check]
