# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:works]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
print(type(hidden._keras_history).__name__, hidden._keras_history._fields)
print(hidden._keras_history.layer.name)
# --8<-- [end:works]
