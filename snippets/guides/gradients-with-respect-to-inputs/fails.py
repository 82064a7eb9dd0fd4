# Keras 3 on TensorFlow: tf.GradientTape. A complete script.

# --8<-- [start:fails]
import keras
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(2,))
model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Dense(8, activation="tanh")(inputs)))


def penalised_loss(y_true, y_pred):
    with tf.GradientTape() as tape:
        tape.watch(model.input)  # a KerasTensor from building the model, not this batch
        output = model(model.input)
    input_gradient = tape.gradient(output, model.input)
    return tf.reduce_mean(tf.square(y_true - y_pred)) + tf.reduce_mean(tf.square(input_gradient))


model.compile(optimizer="adam", loss=penalised_loss)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:fails]
