# --8<-- [start:train]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def within_10_percent(y_true, y_pred):
    """1.0 for a prediction within 10 % of its target, per sample: Keras averages it."""
    close = keras.ops.abs(y_true - y_pred) <= 0.1 * keras.ops.abs(y_true)
    return keras.ops.mean(keras.ops.cast(close, "float32"), axis=-1)


class RootMeanSquaredError(keras.metrics.Metric):
    """RMSE over everything seen since the last reset, not an average of batch RMSEs."""

    def __init__(self, name="rmse", **kwargs):
        super().__init__(name=name, **kwargs)
        self.squared_sum = self.add_variable(shape=(), initializer="zeros", name="squared_sum")
        self.count = self.add_variable(shape=(), initializer="zeros", name="count")

    def update_state(self, y_true, y_pred, sample_weight=None):
        squared = keras.ops.square(keras.ops.cast(y_true, self.dtype) - keras.ops.cast(y_pred, self.dtype))
        if sample_weight is None:
            weights = keras.ops.ones_like(squared)
        else:
            weights = keras.ops.cast(sample_weight, self.dtype)
            if len(weights.shape) < len(squared.shape):  # one weight per sample, targets of shape (n, 1)
                weights = keras.ops.expand_dims(weights, -1)
            weights = keras.ops.broadcast_to(weights, keras.ops.shape(squared))
        self.squared_sum.assign_add(keras.ops.sum(weights * squared))
        self.count.assign_add(keras.ops.sum(weights))

    def result(self):
        return keras.ops.sqrt(keras.ops.divide_no_nan(self.squared_sum, self.count))  # 0 before any data

    def reset_state(self):
        self.squared_sum.assign(0.0)
        self.count.assign(0.0)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="mean_squared_error",
    metrics=["mae", within_10_percent, RootMeanSquaredError()],
)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(sorted(history.history))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:train]


# --8<-- [start:batch_average]
def rmse_per_batch(y_true, y_pred):  # a non-decomposable metric written as a function
    return keras.ops.sqrt(keras.ops.mean(keras.ops.square(y_true - y_pred)))


model.compile(loss="mean_squared_error", metrics=[rmse_per_batch, RootMeanSquaredError()])
result = model.evaluate(x, y, batch_size=16, verbose=0, return_dict=True)  # 4 batches
true_rmse = np.sqrt(np.mean((model.predict(x, verbose=0) - y) ** 2))
print("Metric subclass == RMSE of the data:", np.isclose(result["rmse"], true_rmse))
print("function == RMSE of the data:       ", np.isclose(result["rmse_per_batch"], true_rmse))
# --8<-- [end:batch_average]


# --8<-- [start:sample_weight]
weights = np.where(y[:, 0] > np.median(y), 2.0, 0.5).astype("float32")  # large targets count 4x
model.compile(
    loss="mean_squared_error",
    metrics=[RootMeanSquaredError(name="rmse")],
    weighted_metrics=[
        RootMeanSquaredError(name="weighted_rmse"),
        keras.metrics.RootMeanSquaredError(name="builtin_weighted_rmse"),
    ],
)
result = model.evaluate(x, y, sample_weight=weights, batch_size=16, verbose=0, return_dict=True)
squared = (model.predict(x, verbose=0) - y)[:, 0] ** 2
by_hand = np.sqrt(np.sum(weights * squared) / np.sum(weights))
print(sorted(result))
print("metrics=: unweighted RMSE:         ", np.isclose(result["rmse"], np.sqrt(np.mean(squared))))
print("weighted_metrics=: weighted RMSE:  ", np.isclose(result["weighted_rmse"], by_hand))
print("built-in agrees:                   ", np.isclose(result["builtin_weighted_rmse"], by_hand))
print("the weights change the RMSE:       ", not np.isclose(by_hand, np.sqrt(np.mean(squared))))

small = weights * 0.005  # the same proportions, fractional weights that sum to less than 1
result = model.evaluate(x, y, sample_weight=small, batch_size=16, verbose=0, return_dict=True)
total = f"sum(w) = {small.sum():.2f}:"
print(total, "weighted RMSE:      ", np.isclose(result["weighted_rmse"], by_hand))
print(total, "built-in agrees:    ", np.isclose(result["builtin_weighted_rmse"], by_hand))
clamped = np.sqrt(np.sum(small * squared) / max(small.sum(), 1.0))  # dividing by maximum(count, 1.0)
print(total, "count clamped at 1: ", np.isclose(clamped, by_hand))
# --8<-- [end:sample_weight]
