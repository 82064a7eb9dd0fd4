# --8<-- [start:tf_op_on_input]
import keras
import numpy as np
import tensorflow as tf

inputs = keras.Input(shape=(3,))
squared = tf.square(inputs)
# --8<-- [end:tf_op_on_input]

# --8<-- [start:closure_loss]
keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:closure_loss]
