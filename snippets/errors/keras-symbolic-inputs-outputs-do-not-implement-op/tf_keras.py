# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(3,), name="features")
outputs = tf_keras.layers.Dense(1, name="prediction")(inputs)
model = tf_keras.Model(inputs, outputs)
output_names = [out.op.name for out in model.outputs]  # TensorFlow 1 code, to freeze a graph
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,), name="features")
outputs = tf_keras.layers.Dense(1, name="prediction")(inputs)
model = tf_keras.Model(inputs, outputs)
print(model.input_names, model.output_names)  # the names, from the model
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
