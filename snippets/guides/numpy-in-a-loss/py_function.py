# Keras 3 on TensorFlow: tf.py_function whose body uses TensorFlow ops. A complete script.

# --8<-- [start:py_function]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def eager_squared_error(y_true, y_pred):  # runs eagerly, on EagerTensors
    print_once.append(type(y_pred).__name__)
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)  # TensorFlow ops: differentiable


def wrapped_loss(y_true, y_pred):
    loss = tf.py_function(eager_squared_error, [y_true, y_pred], tf.float32)
    loss.set_shape(y_pred.shape[:-1])
    return loss


print_once = []
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=wrapped_loss)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("the body received:", sorted(set(print_once)))
# --8<-- [end:py_function]
