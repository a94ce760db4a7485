# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

a = torch.arange(3).reshape(3, 1) * 10  # shape (3, 1)
b = torch.arange(4).reshape(1, 4)  # shape (1, 4)


def draw(ax, values, x0, real, color, title):
    """Stored cells are solid; cells that broadcasting repeats are faded."""
    rows, cols = values.shape
    for r in range(rows):
        for c in range(cols):
            solid = real(r, c)
            ax.add_patch(
                plt.Rectangle(
                    (x0 + c, -r - 1),
                    1,
                    1,
                    facecolor=color,
                    alpha=1.0 if solid else 0.35,
                    edgecolor="black",
                    linestyle="-" if solid else "--",
                )
            )
            ax.text(
                x0 + c + 0.5,
                -r - 0.5,
                str(values[r, c].item()),
                ha="center",
                va="center",
            )
    ax.text(x0 + cols / 2, 0.3, title, ha="center", fontsize=9)


fig, ax = plt.subplots(figsize=(9, 2.6))
draw(
    ax, a.expand(3, 4), 0, lambda r, c: c == 0, "#fdae6b", "a: (3, 1) -> (3, 4)"
)
ax.text(4.5, -1.5, "+", fontsize=18, ha="center", va="center")
draw(
    ax, b.expand(3, 4), 5, lambda r, c: r == 0, "#9ecae1", "b: (1, 4) -> (3, 4)"
)
ax.text(9.5, -1.5, "=", fontsize=18, ha="center", va="center")
draw(ax, a + b, 10, lambda r, c: True, "#a1d99b", "a + b: (3, 4)")
ax.set_xlim(-0.3, 14.3)
ax.set_ylim(-3.3, 0.9)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title(
    "Broadcasting repeats size-1 axes (faded cells are never stored)",
    fontsize=10,
)
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert (a + b).tolist() == [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]
# expand repeats by a zero stride, without copying
assert a.expand(3, 4).stride() == (1, 0)
# --8<-- [end:check]
