# tf.data map functions, Keras 3 on TensorFlow: tf.py_function with set_shape.

# --8<-- [start:set_shape]
import keras
import numpy as np
import tensorflow as tf


def numpy_log1p(features):
    return np.log1p(features.numpy())


def log1p_in_python(features, target):
    out = tf.py_function(numpy_log1p, [features], tf.float32)
    out.set_shape(features.shape)  # (3,): what tf.py_function cannot know
    return out, target


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)
dataset = tf.data.Dataset.from_tensor_slices((x, y)).map(log1p_in_python)
print(dataset.element_spec[0])

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(dataset.batch(16), epochs=3, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:set_shape]
