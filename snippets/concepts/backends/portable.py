# --8<-- [start:huber]
import keras
import numpy as np


def huber(y_true, y_pred, delta=1.0):
    """Huber loss per sample, written with keras.ops only: it runs on every backend."""
    error = keras.ops.abs(y_true - y_pred)
    quadratic = 0.5 * keras.ops.square(error)
    linear = delta * (error - 0.5 * delta)
    return keras.ops.mean(keras.ops.where(error <= delta, quadratic, linear), axis=-1)


per_sample = huber(np.array([[0.0], [2.0]]), np.array([[0.5], [0.0]]))
print(type(per_sample).__name__, keras.ops.convert_to_numpy(per_sample).round(3).tolist())
# --8<-- [end:huber]

# --8<-- [start:fit]
keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss=huber)
losses = model.fit(x, y, batch_size=16, epochs=5, verbose=0).history["loss"]
print("loss decreased:", losses[-1] < losses[0], "| all finite:", bool(np.isfinite(losses).all()))
# --8<-- [end:fit]
