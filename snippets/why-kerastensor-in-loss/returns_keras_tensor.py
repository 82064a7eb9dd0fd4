# The literal case of the question, in Keras 3 on the TensorFlow backend: a loss that closes over a
# tensor from model building returns a KerasTensor.

# --8<-- [start:build]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    loss = keras.ops.mean((y_true - y_pred) ** 2) + 0.01 * keras.ops.mean(hidden**2)
    print("received", type(y_pred).__name__, "-> returned", type(loss).__name__)
    return loss


# Called by hand on tensors from model building, the loss returns a KerasTensor too.
loss_with_penalty(keras.Input(shape=(1,)), model.output)
# --8<-- [end:build]

# --8<-- [start:fit]
model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:fit]

# --8<-- [start:tf_ops]
import tensorflow as tf


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:tf_ops]
