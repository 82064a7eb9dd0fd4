# Lambda layers, Keras 3: output_shape sets the model's shape, not the tensor's.

# --8<-- [start:output_shape]
import keras
import numpy as np
import tensorflow as tf


def numpy_log1p(t):
    return np.log1p(t.numpy())


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
in_python = keras.layers.Lambda(lambda t: tf.py_function(numpy_log1p, [t], tf.float32), output_shape=(3,))
logs = in_python(inputs)
print("Lambda output:", logs.shape)
model = keras.Model(inputs, keras.layers.Dense(1)(logs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)  # each batch's tensor still has no shape
# --8<-- [end:output_shape]
