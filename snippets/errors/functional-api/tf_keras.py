# tf-keras (Keras 2) blocks of docs/errors/functional-api.md: they run with TF_USE_LEGACY_KERAS=1, so
# `tf.keras` is tf-keras. Each section is one block of the page, run top to bottom as one script.

# --8<-- [start:application_data]
import numpy as np
import tensorflow as tf

np.set_printoptions(edgeitems=1)  # long arrays in messages print as [[[[0. ... 0.] ...]]]
images = tf.zeros((1, 32, 32, 3))  # a batch of images: data, not a placeholder
model = tf.keras.applications.MobileNetV2(input_shape=(32, 32, 3), input_tensor=images, weights=None)
# --8<-- [end:application_data]

# --8<-- [start:application_fix]
tf.keras.utils.set_random_seed(0)
images = np.random.rand(16, 32, 32, 3).astype("float32")  # the data goes to fit
brightness = images.mean(axis=(1, 2, 3))[:, None]

inputs = tf.keras.Input(shape=(32, 32, 3))  # the placeholder goes to input_tensor
base = tf.keras.applications.MobileNetV3Small(
    input_tensor=inputs, include_top=False, weights=None, pooling="avg", minimalistic=True
)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(base.output))
print("the application is built on inputs:", base.inputs[0] is inputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(images, brightness, epochs=3, batch_size=8, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:application_fix]

# --8<-- [start:application_numpy]
images = np.zeros((1, 32, 32, 3), "float32")
model = tf.keras.applications.MobileNetV2(input_tensor=images, weights=None)
# --8<-- [end:application_numpy]

# --8<-- [start:application_v3]
images = tf.zeros((1, 32, 32, 3))
model = tf.keras.applications.MobileNetV3Small(input_shape=(32, 32, 3), input_tensor=images, weights=None)
# --8<-- [end:application_v3]
