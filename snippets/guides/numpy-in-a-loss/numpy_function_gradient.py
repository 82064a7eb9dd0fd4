# Keras 3 on TensorFlow: tf.numpy_function with its shape set. A complete script.

# --8<-- [start:numpy_function_gradient]
import keras
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_squared_error(y_true, y_pred):
    return np.mean(np.square(y_true - y_pred), axis=-1)


def wrapped_loss(y_true, y_pred):
    loss = tf.numpy_function(numpy_squared_error, [y_true, y_pred], tf.float32)
    loss.set_shape(y_pred.shape[:-1])  # one value per sample: (batch,)
    return loss


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=wrapped_loss)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:numpy_function_gradient]
