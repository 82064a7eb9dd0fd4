# Keras 3 on TensorFlow: tf.GradientTape. A complete script.

# --8<-- [start:saliency]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(128, 4).astype("float32")
y = (x[:, 0] > 0.5).astype("int32")  # only feature 0 decides the class

model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(2)]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
losses = model.fit(x, y, epochs=5, batch_size=32, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

samples = tf.convert_to_tensor(x[:8])  # concrete values, after training: an eager tape
with tf.GradientTape() as tape:
    tape.watch(samples)
    scores = model(samples)[:, 1]  # the logit of class 1
saliency = tf.abs(tape.gradient(scores, samples))  # (8, 4)
print("saliency:", saliency.shape, "| most salient feature:", int(tf.argmax(tf.reduce_mean(saliency, 0))))
# --8<-- [end:saliency]
