# The same closure in tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-keras.

# --8<-- [start:build]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    loss = tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))
    print("received", type(y_pred).__name__, "-> returned", type(loss).__name__)
    return loss


# tf-keras turns a TensorFlow op on a KerasTensor into a layer (TFOpLambda) instead of raising.
penalty = tf.reduce_mean(tf.square(hidden))
print(type(penalty).__name__, "made by a", type(penalty.node.layer).__name__, "layer")
loss_with_penalty(tf.keras.Input(shape=(1,)), model.output)
# --8<-- [end:build]

# --8<-- [start:fit]
model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:fit]
