# TensorFlow 1 code kept as it is, with no Keras: graph mode for the whole program.
# --8<-- [start:graph_mode]
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # first, before any tensor is created

rng = np.random.default_rng(0)
x = rng.random((64, 3), dtype=np.float32)
y = x.sum(axis=1, keepdims=True)

features = tf.compat.v1.placeholder(tf.float32, shape=(None, 3))
targets = tf.compat.v1.placeholder(tf.float32, shape=(None, 1))
weights = tf.Variable(tf.zeros((3, 1)))
loss = tf.reduce_mean(tf.square(tf.matmul(features, weights) - targets))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)

losses = []
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(20):
        _, value = sess.run([train_op, loss], feed_dict={features: x, targets: y})
        losses.append(value)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:graph_mode]
