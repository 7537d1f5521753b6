global using Collaboration.Testing;
