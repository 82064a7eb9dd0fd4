# --8<-- [start:sample_weight]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
sample_weight = np.where(np.arange(64) < 32, 0.5, 2.0).astype("float32")  # trust the second half more

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, sample_weight=sample_weight, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:sample_weight]

# --8<-- [start:arithmetic]
mse = keras.losses.MeanSquaredError()
pred = model.predict(x, verbose=0)
squared_errors = ((y - pred) ** 2)[:, 0]

weighted = float(mse(y, pred, sample_weight=sample_weight))
print("sum(w * loss) / batch size:", np.isclose(weighted, (sample_weight * squared_errors).sum() / 64))
print("sum(w * loss) / sum(w):    ", np.isclose(weighted, np.average(squared_errors, weights=sample_weight)))
doubled = float(mse(y, pred, sample_weight=2 * sample_weight))
print("doubling the weights doubles the loss:", np.isclose(doubled, 2 * weighted))
# --8<-- [end:arithmetic]

# --8<-- [start:class_weight]
labels = (x.sum(axis=1) > 1.9).astype("int32")  # an imbalanced binary target
counts = np.bincount(labels)
class_weight = {c: float(len(labels) / (2 * n)) for c, n in enumerate(counts)}  # "balanced"
print("counts:", counts.tolist(), "| class_weight:", {c: round(w, 2) for c, w in class_weight.items()})

classifier = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1, activation="sigmoid")])
initial_weights = classifier.get_weights()


def train(**weighting):
    keras.utils.set_random_seed(0)  # same shuffling for both runs
    classifier.set_weights(initial_weights)
    classifier.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy")
    return classifier.fit(x, labels, epochs=3, batch_size=16, verbose=0, **weighting).history["loss"]


by_class = train(class_weight=class_weight)
by_sample = train(sample_weight=np.array([class_weight[c] for c in labels], "float32"))
print("finite:", bool(np.isfinite(by_class).all()), "| decreased:", by_class[-1] < by_class[0])
print("class_weight == the same weights per sample:", np.allclose(by_class, by_sample))
# --8<-- [end:class_weight]

# --8<-- [start:both]
classifier.fit(x, labels, class_weight=class_weight, sample_weight=sample_weight, epochs=1, verbose=0)
# --8<-- [end:both]

# --8<-- [start:reductions]
import keras
import numpy as np

y_true = np.zeros((4, 1), "float32")
y_pred = np.array([[1.0], [2.0], [3.0], [4.0]], "float32")
weights = np.array([1.0, 1.0, 0.5, 0.5], "float32")
losses = ((y_true - y_pred) ** 2).mean(axis=-1)  # per-sample squared errors: 1, 4, 9, 16
weighted_sum = (weights * losses).sum()
print("by hand: sum(w * loss) =", weighted_sum, "| batch size =", len(losses), "| sum(w) =", weights.sum())
by_hand = {
    "sum_over_batch_size": weighted_sum / len(losses),
    "mean_with_sample_weight": weighted_sum / weights.sum(),
}
for reduction, expected in by_hand.items():
    loss = keras.losses.MeanSquaredError(reduction=reduction)
    value = float(loss(y_true, y_pred, sample_weight=weights))
    print(f"{reduction}: {value:.4f} | by hand {expected:.4f} | equal: {np.isclose(value, expected)}")
# --8<-- [end:reductions]

# --8<-- [start:reductions_fit]
keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
sample_weight = np.where(np.arange(64) < 32, 0.5, 2.0).astype("float32")
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
initial_weights = model.get_weights()


def train(reduction, weights):
    model.set_weights(initial_weights)
    loss = keras.losses.MeanSquaredError(reduction=reduction)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss=loss)
    history = model.fit(x, y, sample_weight=weights, epochs=3, batch_size=16, shuffle=False, verbose=0)
    return history.history["loss"]


normalised = train("mean_with_sample_weight", sample_weight)
print("finite:", bool(np.isfinite(normalised).all()), "| decreased:", normalised[-1] < normalised[0])
doubled = train("mean_with_sample_weight", 2 * sample_weight)
print("mean_with_sample_weight: doubling the weights changes nothing:", np.allclose(doubled, normalised))
default = train("sum_over_batch_size", sample_weight)
default_doubled = train("sum_over_batch_size", 2 * sample_weight)
print("sum_over_batch_size: doubling the weights changes the run:", not np.allclose(default_doubled, default))
# --8<-- [end:reductions_fit]
