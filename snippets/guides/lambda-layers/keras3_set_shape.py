# Lambda layers, Keras 3: set_shape on the tensor tf.py_function returns.

# --8<-- [start:set_shape]
import keras
import numpy as np
import tensorflow as tf


def numpy_log1p(t):
    return np.log1p(t.numpy())


def log1p_in_python(t):
    out = tf.py_function(numpy_log1p, [t], tf.float32)
    out.set_shape(t.shape)  # the static shape, on each batch's tensor too
    return out


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
logs = keras.layers.Lambda(log1p_in_python)(inputs)
print("Lambda output:", logs.shape)
model = keras.Model(inputs, keras.layers.Dense(1)(logs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:set_shape]
