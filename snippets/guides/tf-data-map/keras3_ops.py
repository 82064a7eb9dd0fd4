# tf.data map functions, Keras 3: keras.ops in a map function.

# --8<-- [start:ops]
import keras
import numpy as np
import tensorflow as tf

print(keras.backend.backend())
keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)
dataset = tf.data.Dataset.from_tensor_slices((x, y))
dataset = dataset.map(lambda features, target: (keras.ops.log1p(features), target))

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(dataset.batch(16), epochs=3, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:ops]
