# --8<-- [start:train]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):
    # One value per sample, shape (batch,): no mean over the batch here.
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:train]

# --8<-- [start:reduction]
pred = model.predict(x, verbose=0)
per_sample = keras.ops.convert_to_numpy(squared_error(y, pred))
print("per-sample values:", per_sample.shape)

reported = model.evaluate(x, y, batch_size=64, verbose=0)
print("evaluate() == mean of the per-sample values:", bool(np.isclose(reported, per_sample.mean())))

unreduced = keras.losses.MeanSquaredError(reduction=None)(y, pred)
print("same as the built-in MSE with reduction=None:", bool(np.allclose(unreduced, per_sample)))
print("built-in default reduction:", keras.losses.MeanSquaredError().reduction)
# --8<-- [end:reduction]


# --8<-- [start:sample_weight]
def batch_mean_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred))  # one scalar for the whole batch


weights = np.zeros(64, "float32")
weights[:16] = 1.0  # only the first 16 samples count
expected = (weights * per_sample).sum() / 64  # sum_over_batch_size: divided by the batch size

for loss_fn in (squared_error, batch_mean_error):
    model.compile(optimizer="adam", loss=loss_fn)
    weighted = model.evaluate(x, y, sample_weight=weights, batch_size=64, verbose=0)
    print(f"{loss_fn.__name__}: weighted per sample:", bool(np.isclose(weighted, expected)))
# --8<-- [end:sample_weight]
