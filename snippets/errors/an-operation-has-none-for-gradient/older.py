# Runs on TensorFlow 2.3 and 2.5 (Python 3.8), with their built-in tf.keras.
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

try:
    from tensorflow.python.keras import optimizer_v1  # TensorFlow 2.5: the Keras 2 optimizers
except ImportError:
    from tensorflow.python.keras import optimizers as optimizer_v1  # TensorFlow 2.3 and older

tf.compat.v1.disable_eager_execution()  # TensorFlow 1 graph mode, where get_gradients runs
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - tf.keras.backend.round(y_pred)), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=optimizer_v1.SGD(), loss=rounded_error)
model.fit(x, y, epochs=5, batch_size=16, verbose=0)
# --8<-- [end:reproduce]
