# tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-keras.

# --8<-- [start:tf_op_on_input]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
squared = tf.square(inputs)  # tf-keras records the TensorFlow op as a TFOpLambda layer
outputs = tf.keras.layers.Dense(1)(tf.keras.layers.Concatenate()([inputs, squared]))
model = tf.keras.Model(inputs, outputs)
print([type(layer).__name__ for layer in model.layers])

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:tf_op_on_input]
